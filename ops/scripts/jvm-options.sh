# The application's JVM options, for run.sh and ops/benchmark.sh (after find-jdk.sh);
# CONTEST_JAVA_OPTS replaces them.
# A young generation fixed at 128 MB: G1 otherwise grows it to about 600 MB under mark entry, and each
# young collection then copies what survived of it while every request waits (on 2 cores: pauses of
# 40 ms in the median and up to 95 ms, against about 20 ms at 128 MB). A larger machine or heavier
# load may want it larger.
default_java_opts="-Xmn128m"
# Object headers of 8 instead of 12 bytes (a product option since JDK 25): the embedded read store,
# which is mostly small objects, takes 12 % less heap per stored event.
if [ "$(java_major "$JAVA_HOME")" -ge 25 ]; then
    default_java_opts="$default_java_opts -XX:+UseCompactObjectHeaders"
fi
CONTEST_JAVA_OPTS="${CONTEST_JAVA_OPTS:-$default_java_opts}"
