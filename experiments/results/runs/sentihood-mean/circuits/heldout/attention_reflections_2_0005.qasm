// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.466579768123257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fd8acdc593200cdf220a08faa4d4b9015d2dd95e0c9a56a5bbca7a7355f68d5
