// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.543429416016469) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2c46c2429d3b2192c1ddc22c264cbc4b56b12329d00bd1db89bae904cefc687
