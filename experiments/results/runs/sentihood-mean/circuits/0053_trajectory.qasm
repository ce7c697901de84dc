// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.263742448609334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b6a8449cf0942447f3aeccadc06cc0b2e527ab0b7ec51bd2fa28d95065df16a
