// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.95065471976342) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0482751da9f8086b51d9e13d7e68df641cbe24b206c50cc75427a799205ad400
