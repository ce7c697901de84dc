// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9511796902409855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42de448e8090f437c997bcd9ad03e44b53a130f3dcde215384ce4abce86f140a
