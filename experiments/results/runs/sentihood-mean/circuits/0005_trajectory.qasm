// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7420694042655267) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28fdd5fb098678d9f253bafda0ccea6a35c42792192724167e66e920355656a4
