// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1270679749311623) q[0];
ry(0.8198333085608495) q[0];
rz(-0.08695381825849946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b42bdb5e201891feffa954b3b3f34d0d3709d7ff5eda3d6f0f430290f62d6e94
