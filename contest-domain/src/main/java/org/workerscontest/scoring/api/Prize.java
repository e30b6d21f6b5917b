package org.workerscontest.scoring.api;

/** 一等奖, 二等奖, 三等奖. */
public enum Prize {
    FIRST, SECOND, THIRD
}
