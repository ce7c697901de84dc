// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4821067184768646) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d604f35bebabe30a282956b4c9ff4bc0961e72c6a65b356350b0300d87596e1
