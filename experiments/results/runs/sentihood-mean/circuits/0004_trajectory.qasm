// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2086122896120732) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de5443dbf5046bfb7d4907dadf5e3451567cf369276d41b1de267e11cae4abc7
