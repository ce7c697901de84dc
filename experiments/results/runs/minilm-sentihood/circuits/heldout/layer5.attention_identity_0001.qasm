// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5058452612781297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77c034703fb862b778a411549bcf985bc0e20153e7174d877b4cfc4712b1cf13
