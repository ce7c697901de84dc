// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.173243346799334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d59e797bd9f835f44768d4e130c803b9db2aa7417edb7fe7f96020fe6cddfe8
