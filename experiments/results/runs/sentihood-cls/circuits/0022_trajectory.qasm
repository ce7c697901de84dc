// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20226476677997818) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a56241d0aeed547e9b74a8a4724161a705333db3cc5c06ccd5f101257c7933b7
