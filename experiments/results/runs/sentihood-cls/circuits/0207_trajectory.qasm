// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9001150888735046) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6acb2333a91a95dd769c8ee71a2d6964783b03259273340269838335ff41d002
