// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.575318018119745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b322da3be7d3ac60e3d92b7e4e9c74038d6cfdf5c734fa7e5a5caab0c7374b6
