// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0914538606015776) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a6d67a471cc61350ebd79e40f3940ff09816354f8f77224ef5e61aeeb1af1d0
