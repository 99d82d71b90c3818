using Printernizer.Application.Common;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Exports;

/// <summary>The booking mapping of business.md §7.3.5 for jobs (gross amounts, automatic accounts, no BU key).</summary>
public static class DatevBookings
{
    /// <summary>
    /// The booking of a job, or null when there is nothing to book (unassigned, or a zero amount). Its Belegfeld 1 is a
    /// placeholder of the right shape (<see cref="NumberRequest"/> with number 0) until the export assigns the real one.
    /// </summary>
    public static DatevBookingRow? For(DatevJob job, DatevSettings settings)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(settings);
        var rates = job.Cost.Rates;
        var value = job.Cost.Breakdown.ValueFor(job.Category);
        var date = BerlinDateRange.LocalDateOf(job.EndedAt);
        var placeholder = NumberRequest(job)?.Format(0) ?? string.Empty;
        switch (job.Category)
        {
            case JobCategory.Business:
            {
                var quote = Pricing.Quote(value, rates);
                return quote.Gross <= 0m ? null : new DatevBookingRow
                {
                    Amount = quote.Gross,
                    NetAmount = quote.Net,
                    Account = settings.DefaultDebtorAccount,
                    ContraAccount = rates.SmallBusiness ? settings.RevenueAccountSmallBusiness : settings.RevenueAccount19,
                    DocumentDate = date,
                    DocumentNumber = placeholder,
                    Text = Text("Druckauftrag " + job.Name),
                };
            }

            case JobCategory.Private:
            {
                var withdrawal = Pricing.PrivateWithdrawal(value, rates);
                return withdrawal.Gross <= 0m ? null : new DatevBookingRow
                {
                    Amount = withdrawal.Gross,
                    NetAmount = withdrawal.Net,
                    Account = settings.WithdrawalAccount,
                    ContraAccount = settings.WithdrawalRevenueAccount,
                    DocumentDate = date,
                    DocumentNumber = placeholder,
                    Text = Text("Privatentnahme Druck " + job.Name),
                };
            }

            default:
                return null;
        }
    }

    /// <summary>What Belegfeld 1 of the job's booking is numbered by: EB (private) or PJ (business) and the Berlin year.</summary>
    public static DatevDocumentNumberRequest? NumberRequest(DatevJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var year = BerlinDateRange.LocalDateOf(job.EndedAt).Year;
        return job.Category switch
        {
            JobCategory.Private => new DatevDocumentNumberRequest(job.JobId, DatevDocumentNumberRequest.Withdrawal, year),
            JobCategory.Business => new DatevDocumentNumberRequest(job.JobId, DatevDocumentNumberRequest.PrintJob, year),
            _ => null,
        };
    }

    private static string Text(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length <= 60 ? clean : clean[..60];
    }
}
