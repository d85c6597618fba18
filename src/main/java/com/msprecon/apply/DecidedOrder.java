package com.msprecon.apply;

import com.msprecon.reconciliation.ChangeOrder;

/** A change order of the reconciliation run with finance's decision on it: one item of the apply step. */
public record DecidedOrder(ChangeOrder order, Approval approval) {

}
