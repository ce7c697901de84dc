// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.107040802834756) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15eb3847c490e6f8f66a8853ab72b85e64772a65ce35bd41e39aaef74f0458dd
