package org.workerscontest.scoring.api;

/** 客观评分 (one judge measures against a fact) or 主观评分 (a panel scores 0–3 each). */
public enum CriterionKind {
    MEASUREMENT, JUDGEMENT
}
