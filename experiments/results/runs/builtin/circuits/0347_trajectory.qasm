// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19676928215249972) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 72aee900e89f4ab5b0f9847a489051a60bc119e9cdf16da8aadc7445a03d424a
