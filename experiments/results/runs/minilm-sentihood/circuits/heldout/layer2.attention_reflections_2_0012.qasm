// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2127324441636123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94598fcde3771fed81ffff6f00782e54610c5a0e770d019b87d573d1962ef60f
