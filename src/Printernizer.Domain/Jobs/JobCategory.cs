namespace Printernizer.Domain.Jobs;

/// <summary>Business (a customer's or the shop's sale), private, or not yet decided.</summary>
public enum JobCategory
{
    Unassigned,
    Business,
    Private,
}
