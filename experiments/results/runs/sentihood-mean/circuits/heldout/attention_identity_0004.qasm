// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4370464130780904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4faa9439e83ce4aafd36daab86ed12013baf9c3d6e5339dae50c676f561d9474
