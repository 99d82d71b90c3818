using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.Customers;
using Printernizer.Application.Materials;
using Printernizer.Application.Orders;
using Printernizer.Infrastructure.Orders;

namespace Printernizer.Infrastructure.Materials;

public static class MaterialsServiceCollectionExtensions
{
    /// <summary>Materials, spools and consumption bookings; customers and production orders.</summary>
    public static IServiceCollection AddMaterialsAndOrders(this IServiceCollection services)
    {
        services.AddScoped<IMaterialRepository, MaterialRepository>();
        services.AddScoped<ISpoolRepository, SpoolRepository>();
        services.AddScoped<StockEvents>();
        services.AddScoped<JobMaterialBooker>();

        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<OrderDtoBuilder>();
        services.AddScoped<Application.Orders.Commands.OrderStatusChanger>();
        services.AddScoped<Application.Orders.Commands.OrderReleaseCheck>();
        // Replaced by the Costs feature (frozen job costs); until then orders show actualCost = null.
        return services;
    }
}
