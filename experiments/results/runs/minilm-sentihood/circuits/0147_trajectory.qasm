// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5149157189108088) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac5a97dc1cb2579e3c4f85165645643620cf4d80a9d17d6d3feb9362025da81a
