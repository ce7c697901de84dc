// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.234305576177926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2cc0d0f55ab2c507b5f5e9fe5e44daf66de7f6f7cea20531b359e1a4485f99e3
