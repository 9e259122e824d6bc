using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence.Access;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.Web.Hosting;

/// <summary>Wires delivery into the server: options, SMTP or the pickup folder, the SMS gateway, and the two background services.</summary>
public static class DeliveryHosting
{
    /// <summary>
    /// Binds <c>Delivery</c> (<see cref="DeliveryOptions"/>), <c>Mail:Smtp</c> (SMTP replaces the pickup folder when a
    /// host is set) and <c>Sms</c> (<c>Gateway</c>: <c>Log</c>, the default, or <c>SmsApi</c> with <c>Sms:SmsApi</c>),
    /// and adds the outbox dispatcher and the daily notice run as hosted services.
    /// </summary>
    public static IServiceCollection AddIBokDeliveryHosting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DeliveryOptions.SectionName).Get<DeliveryOptions>() ?? new DeliveryOptions();
        services.Replace(ServiceDescriptor.Singleton(options));
        services.AddIBokDelivery(options);
        services.AddIBokSmtpMail(
            configuration.GetSection(SmtpEmailOptions.SectionName).Get<SmtpEmailOptions>(),
            configuration.GetSection(PickupFolderEmailOptions.SectionName).Get<PickupFolderEmailOptions>());
        if (string.Equals(configuration["Sms:Gateway"], "SmsApi", StringComparison.OrdinalIgnoreCase))
        {
            var smsApi = configuration.GetSection("Sms:SmsApi").Get<SmsApiOptions>() ?? new SmsApiOptions();
            services.AddHttpClient<SmsApiGateway>();
            services.AddSingleton(smsApi);
            services.Replace(ServiceDescriptor.Transient<ISmsGateway>(provider => provider.GetRequiredService<SmsApiGateway>()));
        }

        services.AddHostedService<OutboxDispatcherService>();
        services.AddHostedService<DailyNoticeRunService>();
        return services;
    }

    /// <summary>A scope whose database context sees every customer, as background work must.</summary>
    internal static AsyncServiceScope CreateSystemScope(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return scope;
    }
}

/// <summary>Sends due outbox messages every <see cref="DeliveryOptions.PollInterval"/> (a round right away when a round was full).</summary>
public sealed partial class OutboxDispatcherService(IServiceProvider services, DeliveryOptions options, TimeProvider time, ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DispatcherEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                await using var scope = services.CreateSystemScope();
                var report = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
                full = report.Claimed >= options.DispatchBatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // The database may be briefly unreachable; the next round tries again.
                LogRoundFailed(logger, failure);
            }

            if (!full)
            {
                try
                {
                    await Task.Delay(options.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatcher round failed; retrying at the next interval.")]
    private static partial void LogRoundFailed(ILogger logger, Exception failure);
}

/// <summary>
/// Runs the daily notice run once a day at <see cref="DeliveryOptions.DailyRunAt"/> (server's local time); after a
/// restart past that time it runs at once if today's run has not finished (a repeated run writes nothing twice).
/// </summary>
public sealed partial class DailyNoticeRunService(IServiceProvider services, DeliveryOptions options, TimeProvider time, ILogger<DailyNoticeRunService> logger) : BackgroundService
{
    /// <summary>How long from <paramref name="now"/> until the next run at <paramref name="at"/>: zero when today's time has
    /// passed and today's run has not finished, otherwise until today's or tomorrow's time.</summary>
    public static TimeSpan UntilNextRun(DateTime now, TimeOnly at, bool todayFinished)
    {
        var todayAt = DateOnly.FromDateTime(now).ToDateTime(at);
        if (now >= todayAt)
        {
            return todayFinished ? todayAt.AddDays(1) - now : TimeSpan.Zero;
        }

        return todayAt - now;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DailyRunEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetLocalNow().DateTime;
                var today = DateOnly.FromDateTime(now);
                bool finished;
                await using (var scope = services.CreateSystemScope())
                {
                    finished = await scope.ServiceProvider.GetRequiredService<DailyNoticeRun>().FinishedOnAsync(today, stoppingToken);
                }

                var wait = UntilNextRun(now, options.DailyRunAt, finished);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                    continue;
                }

                await using var runScope = services.CreateSystemScope();
                await runScope.ServiceProvider.GetRequiredService<DailyNoticeRun>().RunAsync(today, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogRunFailed(logger, failure);
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(5), time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily notice run failed; trying again in 5 minutes.")]
    private static partial void LogRunFailed(ILogger logger, Exception failure);
}
