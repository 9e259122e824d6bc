namespace IBok.Web.Tests.Auth;

/// <summary>
/// The system clock that a test can also move forward: <see cref="Advance"/> adds to the time it tells and fires at
/// once every timer that the jump makes due (a periodic one then waits its period again). Timers still fire by real
/// time as well, so the host's own pollers (mail delivery) keep working; a test uses <see cref="Advance"/> to reach a
/// long interval (a minute's re-check) without waiting for it.
/// </summary>
public sealed class SteerableTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<SteerableTimer> _timers = [];
    private TimeSpan _advanced;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return System.GetUtcNow() + _advanced;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SteerableTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/> and fires every timer now due, on this thread.</summary>
    public void Advance(TimeSpan by)
    {
        List<SteerableTimer> due;
        lock (_gate)
        {
            _advanced += by;
            due = [.. _timers.ToArray().Where(timer => timer.TakeIfDue(_advanced))];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class SteerableTimer : ITimer
    {
        private readonly SteerableTimeProvider _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _realTimer;
        private TimeSpan? _dueAt; // On the clock's advanced-time axis; null while stopped.
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public SteerableTimer(SteerableTimeProvider clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _realTimer = System.CreateTimer(_ => FireByRealTime(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_clock._gate)
            {
                _period = period;
                _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock._advanced + dueTime;
                _clock._timers.Remove(this);
                if (_dueAt is not null)
                {
                    _clock._timers.Add(this);
                }
            }

            return _realTimer.Change(dueTime, period);
        }

        /// <summary>Under the clock's lock: whether the timer is due at <paramref name="now"/>; if so it is rescheduled.</summary>
        public bool TakeIfDue(TimeSpan now)
        {
            if (_dueAt is not { } dueAt || dueAt > now)
            {
                return false;
            }

            Reschedule(now);
            return true;
        }

        public void Fire() => _callback(_state);

        public void Dispose()
        {
            lock (_clock._gate)
            {
                _dueAt = null;
                _clock._timers.Remove(this);
            }

            _realTimer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void FireByRealTime()
        {
            lock (_clock._gate)
            {
                if (_dueAt is null)
                {
                    return;
                }

                Reschedule(_clock._advanced);
            }

            Fire();
        }

        private void Reschedule(TimeSpan now)
        {
            if (_period == Timeout.InfiniteTimeSpan)
            {
                _dueAt = null;
                _clock._timers.Remove(this);
            }
            else
            {
                _dueAt = now + _period;
            }
        }
    }
}
