// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9859745138091243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2a50406990be625bc246559d6132e8eefa8878c3b5e1791217d60a504c1a4735
