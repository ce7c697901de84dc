// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0656284086268832) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9596aec61ec69adabbf60d7264cf4fdaf50c7d4bdba5c0acabe3ebab2f76791
