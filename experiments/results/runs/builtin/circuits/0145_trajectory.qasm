// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.656171252208247) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ecc18575c75cf29f6c4658f7001ec10125eb9a72b93341cc78b5de60d0eced80
