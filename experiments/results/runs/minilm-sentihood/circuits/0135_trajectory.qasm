// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6256384428045636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 193881b2c92c9d3b745ca6921d08e7773e4e1891650fc38e8716f52d4e942adf
