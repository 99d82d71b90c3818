namespace Printernizer.Domain.Orders;

/// <summary>Production order flow: draft → released → in_production → completed → delivered, or cancelled.</summary>
public enum OrderStatus
{
    Draft,
    Released,
    InProduction,
    Completed,
    Delivered,
    Cancelled,
}
