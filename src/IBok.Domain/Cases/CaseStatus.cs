namespace IBok.Domain.Cases;

/// <summary>Where a case stands. The allowed moves between statuses are listed in <see cref="CaseTransitions"/>.</summary>
public enum CaseStatus
{
    /// <summary>Filed by the customer (or by staff on the customer's behalf), not yet registered; has no signature.</summary>
    Submitted,

    /// <summary>Registered by staff and given a <see cref="CaseSignature"/>, waiting to be worked on.</summary>
    Registered,

    /// <summary>Being handled by staff.</summary>
    InProgress,

    /// <summary>Staff asked the customer something; the customer's reply moves the case back to <see cref="InProgress"/>.</summary>
    WaitingForCustomer,

    /// <summary>Answered or done. Final.</summary>
    Resolved,

    /// <summary>Refused, with a reason. Final.</summary>
    Rejected,
}
