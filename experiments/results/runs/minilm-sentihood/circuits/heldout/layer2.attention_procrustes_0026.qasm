// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3285099345769296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8a45b66231287923f1e35cf83ea91fc2a2be4cc730e2a04a464b0ecdc556c3b
