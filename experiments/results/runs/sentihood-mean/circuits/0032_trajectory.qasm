// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2911042449075847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15e910a16d98b5baeaf5777f0eacecd389c9eca8bfa1d527a0e608d2455b3b4b
