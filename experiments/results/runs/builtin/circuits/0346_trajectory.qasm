// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20189510734348115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09fb453956120ba01ca97b93dc391d334e34432681db2661f2e395906f09bbb8
