namespace IBok.GraphQL.Application.Staff;

/// <summary>Why a staff or integration action was refused (an expected business failure; nothing was changed).</summary>
/// <param name="Code">A stable code for programs, e.g. <c>CUSTOMER_NOT_FOUND</c>.</param>
/// <param name="Message">What was wrong, in English, naming the values involved.</param>
public sealed record StaffActionError(string Code, string Message);
