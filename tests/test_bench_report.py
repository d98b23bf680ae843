"""`make bench` reads wrk's report right: rates, latencies in any unit, every kind of error,
and no invented latency when nothing completed."""

import math

from portal.ops.loadtest import parse

REPORT = """Running 5s test @ http://127.0.0.1:8000/ar/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    45.10ms   10.20ms   1.20s    90.00%
  Latency Distribution
     50%   41.50ms
     75%   50.00ms
     90%   60.00ms
     99%    1.10s
  1234 requests in 5.00s, 10.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:    246.80
Transfer/sec:      2.00MB
"""

NOTHING = """Running 5s test @ http://127.0.0.1:8000/sitemap.xml
  Latency Distribution
     50%    0.00us
     99%    0.00us
  0 requests in 5.00s, 0.00B read
  Socket errors: connect 0, read 0, write 0, timeout 16
Requests/sec:      0.00
"""


def test_rates_latencies_and_errors():
    result = parse(REPORT)
    assert result.rate == 246.8
    assert result.median_ms == 41.5
    assert result.p99_ms == 1100.0
    assert result.errors == 2 + 3 + 4


def test_no_latency_is_invented_when_nothing_completed():
    result = parse(NOTHING)
    assert result.rate == 0
    assert math.isnan(result.median_ms) and math.isnan(result.p99_ms)
    assert result.errors == 16
