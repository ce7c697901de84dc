// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1188876778124754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcad49a3859bc299f21e30c891dd333d8cd020eef7e688b257ae6d3aa010790f
