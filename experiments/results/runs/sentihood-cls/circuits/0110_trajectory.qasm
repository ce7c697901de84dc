// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5865330864999239) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1d816a52ee4b69b9e597d22915ecd7cdf698efee572a077b963e24d932910fa
