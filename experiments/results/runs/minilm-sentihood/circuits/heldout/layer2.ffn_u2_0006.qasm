// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29521931318641403) q[0];
ry(1.5202137104442663) q[0];
rz(-0.015374696666374366) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3723edebf92cdc9c20acb4827490e3a69aef2f0907079a7a88a956b1f908e21c
