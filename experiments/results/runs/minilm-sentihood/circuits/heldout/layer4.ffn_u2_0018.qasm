// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2896028943543776) q[0];
ry(2.2781618110569313) q[0];
rz(0.19127050269380996) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4993603f771312e09f0e6e8150429c044184c84ad13ee2f8358eadb8350c9c96
