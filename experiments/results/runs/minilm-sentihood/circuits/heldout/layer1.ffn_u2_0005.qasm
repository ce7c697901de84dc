// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.43143735956904505) q[0];
ry(2.268429947472155) q[0];
rz(0.2875432422363873) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de2798e63c0a6decdfd46dea69f7d379d22e423726a51405898ecc4f8de7febe
