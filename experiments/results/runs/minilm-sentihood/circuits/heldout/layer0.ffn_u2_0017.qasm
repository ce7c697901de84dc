// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2142214810521912) q[0];
ry(0.7634968999523924) q[0];
rz(-0.15589471553619294) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68a16469d5792a0c7a6a88622454caec1c50be23623127c9b11049c3df11075f
