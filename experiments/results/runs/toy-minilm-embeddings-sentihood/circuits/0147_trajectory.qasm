// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.35757027916673273) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cab76e01a07064a4a13b99c8a36479a71d1296374b1e142c10f4167f10349db9
