// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.197515726477921) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ca00d6e35a922f4ef898c3e94bce8443ea1ef476de2221eeb70b601ef09dd4d
