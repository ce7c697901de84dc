// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3379358738385325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d576f2d742b9b7fc6cab4f8011eb4bbf37f7ba1727b41d5775befebed53e9af
