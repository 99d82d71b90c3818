namespace Printernizer.Domain.Orders;

public enum OrderPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
