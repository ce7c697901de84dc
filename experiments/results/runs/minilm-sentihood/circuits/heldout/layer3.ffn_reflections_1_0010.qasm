// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.99300675282078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48950127d922eff165e16ebc03366aafcbbb224ee283ca44563cc653f1a7e690
