// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2502049557655837) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a665b219c686b2800725bb6ea54c43f0d3416ca10d318afad8ec7d61e9058ca0
