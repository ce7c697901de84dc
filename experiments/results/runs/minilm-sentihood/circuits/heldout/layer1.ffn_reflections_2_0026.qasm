// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0933132937679093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ce9f682cbe8b4f3e557fee8ef54ef7d61cd0f1c5249569a85d3dba820eb7db0
